/**
 * Value types shared by every module (money, roles, the system identity of scheduled work). No Spring beans live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.arus.shared;
